import Foundation

/// What a list of procedures shows, read without decoding the steps: id, title, summary, tags and
/// the content hash of the definition and the fragments it includes.
public struct DefinitionHeader: Sendable, Hashable {
    /// The procedure's id.
    public var id: String
    /// The message naming the procedure.
    public var title: MessageReference
    /// The message describing it.
    public var summary: MessageReference
    /// Its tags.
    public var tags: [String]
    /// Lowercase hex SHA-256 of the definition's bytes and the fragments it includes (as `Definition.contentHash`).
    public var contentHash: String

    /// Creates a header.
    public init(id: String, title: MessageReference, summary: MessageReference, tags: [String], contentHash: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.tags = tags
        self.contentHash = contentHash
    }
}

extension DefinitionLoader {
    /// The header of the definition at `url`, its steps left undecoded.
    public func header(contentsOf url: URL, file: String? = nil) throws(DefinitionError) -> DefinitionHeader {
        let name = file ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DefinitionError(.unreadable, file: name, message: "cannot read the file", underlying: "\(error)")
        }
        let raw = try Self.decodeJSON(RawHeader.self, from: data, file: name)
        var hashed = data
        for inclusion in raw.include ?? [] {
            guard let source = fragmentSource(inclusion.fragment) else {
                throw DefinitionError(.badFragment, file: name, field: "include", message: "no fragment named '\(inclusion.fragment)'")
            }
            hashed.append(source.data)
        }
        return DefinitionHeader(id: raw.id, title: raw.title, summary: raw.summary, tags: raw.tags ?? [], contentHash: SHA256.hex(hashed))
    }
}

/// The top-level keys a header needs; the rest of the file is not decoded.
private struct RawHeader: Decodable {
    struct Included: Decodable { var fragment: String }
    var id: String
    var title: MessageReference
    var summary: MessageReference
    var tags: [String]?
    var include: [Included]?
}
