import Foundation

/// A screenshot in a step: its alternative text and the slug of its file name.
public struct ArticleImage: Sendable, Hashable, Codable {
    /// The `alt` text, when present and not empty.
    public var alt: String?
    /// The file name without folders, query or extension (`updated-manage-paid-users`).
    public var slug: String?

    /// Creates an image.
    public init(alt: String?, slug: String?) {
        self.alt = alt
        self.slug = slug
    }

    /// The slug of an image address: its last path component without query, fragment or extension.
    static func slug(fromSource source: String) -> String? {
        var path = Substring(source)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        guard let name = path.split(separator: "/").last, !name.isEmpty else { return nil }
        var slug = name
        if let dot = name.lastIndex(of: "."), dot > name.startIndex { slug = name[..<dot] }
        let result = String(slug).removingPercentEncoding ?? String(slug)
        return result.isEmpty ? nil : result
    }
}
