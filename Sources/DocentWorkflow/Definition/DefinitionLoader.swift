import Foundation

/// Reads definitions and fragments from JSON, expanding fragments and hashing the content.
public struct DefinitionLoader: Sendable {
    /// Reads a fragment's bytes by id; returns nil when there is no such fragment.
    public typealias FragmentSource = @Sendable (String) -> (data: Data, file: String)?

    private let fragments: FragmentSource

    /// The bytes and display name of fragment `id`, if there is one.
    func fragmentSource(_ id: String) -> (data: Data, file: String)? { fragments(id) }

    /// Creates a loader that finds fragments through `fragments`.
    public init(fragments: @escaping FragmentSource) {
        self.fragments = fragments
    }

    /// Creates a loader that finds fragment `x` in `directory/x.json`.
    public init(fragmentsDirectory directory: URL?, displayPrefix: String = "") {
        self.init { id in
            guard let directory else { return nil }
            let url = directory.appendingPathComponent(id + ".json")
            guard let data = try? Data(contentsOf: url) else { return nil }
            return (data, displayPrefix + id + ".json")
        }
    }

    /// Reads and decodes one definition file.
    public func load(contentsOf url: URL, file: String? = nil) throws(DefinitionError) -> Definition {
        let name = file ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DefinitionError(.unreadable, file: name, message: "cannot read the file", underlying: "\(error)")
        }
        return try decode(data, file: name)
    }

    /// Decodes a definition from bytes; `file` names it in diagnostics.
    public func decode(_ data: Data, file: String) throws(DefinitionError) -> Definition {
        let raw: RawDefinition = try Self.decodeJSON(RawDefinition.self, from: data, file: file)
        var steps = raw.steps
        var hashed = data
        // A fragment is entered by its inclusion's name: a step leading to `hubspot` leads to
        // the first step of the fragment included as `hubspot`.
        var entries: [String: String] = [:]
        for inclusion in raw.include ?? [] {
            guard let source = fragments(inclusion.fragment) else {
                throw DefinitionError(
                    .badFragment, file: file, line: Self.line(of: "\"\(inclusion.fragment)\"", in: data),
                    field: "include", message: "no fragment named '\(inclusion.fragment)'")
            }
            let fragment = try Self.decodeJSON(Fragment.self, from: source.data, file: source.file)
            hashed.append(source.data)
            entries[inclusion.prefix] = inclusion.prefix + "." + fragment.start
            steps += try Self.expand(fragment, as: inclusion, file: file, fragmentFile: source.file)
        }
        for (name, _) in entries where steps.contains(where: { $0.id == name }) {
            throw DefinitionError(
                .duplicateStep, file: file, line: Self.line(ofStep: name, in: data), step: name,
                message: "a step has the name of an included fragment")
        }
        steps = steps.map { $0.mapTargets { entries[$0] ?? $0 } }
        var seen: Set<String> = []
        for step in steps where !seen.insert(step.id).inserted {
            throw DefinitionError(
                .duplicateStep, file: file, line: Self.lines(ofStep: step.id, in: data).last, step: step.id,
                message: "another step has the same id")
        }
        var definition = Definition(
            id: raw.id, title: raw.title, summary: raw.summary, tags: raw.tags ?? [], variables: raw.variables ?? [:],
            start: entries[raw.start] ?? raw.start,
            steps: steps, file: file, contentHash: SHA256.hex(hashed))
        definition.sources = raw.sources ?? []
        return definition
    }

    /// The keys a definition file takes at its top level (the JSON Schema mirrors them).
    public static var definitionKeys: Set<String> { RawDefinition.keys }

    /// The 1-based line on which each step is declared, by step id, in one pass over the file
    /// (the first declaration wins); for diagnostics only.
    public static func stepLines(in data: Data) -> [String: Int] {
        var lines: [String: Int] = [:]
        var number = 1
        var start = data.startIndex
        let marker = Array("\"id\"".utf8)
        for index in data.indices where data[index] == UInt8(ascii: "\n") || index == data.index(before: data.endIndex) {
            let line = Array(data[start...index])
            if let id = Self.declaredID(in: line, marker: marker), lines[id] == nil { lines[id] = number }
            number += 1
            start = data.index(after: index)
        }
        return lines
    }

    /// The id in `"id": "x"` on a line of bytes, if the line declares one.
    private static func declaredID(in line: [UInt8], marker: [UInt8]) -> String? {
        guard line.count > marker.count else { return nil }
        var i = 0
        while i + marker.count <= line.count {
            if Array(line[i..<(i + marker.count)]) == marker {
                var j = i + marker.count
                while j < line.count, line[j] == UInt8(ascii: " ") { j += 1 }
                guard j < line.count, line[j] == UInt8(ascii: ":") else { i += 1; continue }
                j += 1
                while j < line.count, line[j] == UInt8(ascii: " ") { j += 1 }
                guard j < line.count, line[j] == UInt8(ascii: "\"") else { i += 1; continue }
                j += 1
                var end = j
                while end < line.count, line[end] != UInt8(ascii: "\"") { end += 1 }
                return String(decoding: line[j..<end], as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    /// The 1-based line on which step `id` is declared, if it can be found.
    public static func line(ofStep id: String, in data: Data) -> Int? {
        lines(ofStep: id, in: data).first
    }

    /// The 1-based lines on which a step `id` is declared, in file order.
    static func lines(ofStep id: String, in data: Data) -> [Int] {
        guard let text = String(data: data, encoding: .utf8) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let pattern = "\"\(id)\""
        return lines.enumerated().compactMap { index, line in
            line.replacingOccurrences(of: " ", with: "").contains("\"id\":" + pattern) ? index + 1 : nil
        }
    }

    /// The 1-based line of the first occurrence of `needle`.
    static func line(of needle: String, in data: Data) -> Int? {
        guard let text = String(data: data, encoding: .utf8), let range = text.range(of: needle) else { return nil }
        return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    private static func expand(_ fragment: Fragment, as inclusion: Inclusion, file: String, fragmentFile: String) throws(DefinitionError) -> [Step] {
        let prefix = inclusion.prefix + "."
        for exit in fragment.exits where inclusion.exits[exit] == nil {
            throw DefinitionError(
                .badFragment, file: file, field: "include", message: "fragment '\(fragment.id)' needs a step for its exit '\(exit)'")
        }
        var failure: DefinitionError?
        func map(_ target: String) -> String {
            if target.hasPrefix("@") {
                let exit = String(target.dropFirst())
                if let mapped = inclusion.exits[exit] { return mapped }
                failure = DefinitionError(
                    .badFragment, file: fragmentFile, message: "'\(target)' is not one of the fragment's exits \(fragment.exits)")
                return target
            }
            return prefix + target
        }
        let steps = fragment.steps.map { step -> Step in
            var copy = step.mapTargets(map)
            copy.id = prefix + step.id
            return copy
        }
        if let failure { throw failure }
        return steps
    }

    /// Decodes JSON, turning decoding errors into diagnostics that name the step and field.
    static func decodeJSON<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(DefinitionError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw diagnose(error, data: data, file: file)
        } catch {
            throw DefinitionError(.malformed, file: file, message: "not valid JSON", underlying: "\(error)")
        }
    }

    private static func diagnose(_ error: DecodingError, data: Data, file: String) -> DefinitionError {
        let (path, detail): ([any CodingKey], String)
        switch error {
        case .keyNotFound(let key, let context):
            (path, detail) = (context.codingPath + [key], "is missing")
        case .typeMismatch(let type, let context):
            (path, detail) = (context.codingPath, "has the wrong type (expected \(type)): \(context.debugDescription)")
        case .valueNotFound(let type, let context):
            (path, detail) = (context.codingPath, "is null (expected \(type))")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let cause = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
                return DefinitionError(
                    .malformed, file: file, message: "not valid JSON: \(cause ?? context.debugDescription)")
            }
            (path, detail) = (context.codingPath, context.debugDescription)
        @unknown default:
            return DefinitionError(.malformed, file: file, message: "\(error)")
        }
        var step: String?
        var line: Int?
        if path.count >= 2, path[0].stringValue == "steps", let index = path[1].intValue,
            let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let steps = json["steps"] as? [[String: Any]], index < steps.count
        {
            step = steps[index]["id"] as? String ?? "#\(index + 1)"
            if let id = steps[index]["id"] as? String { line = self.line(ofStep: id, in: data) }
        }
        let field = path.dropFirst(step == nil ? 0 : 2).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        return DefinitionError(
            .malformed, file: file, line: line, step: step, field: field.isEmpty ? nil : field,
            message: detail)
    }
}

/// The JSON shape of a definition file, before fragments are expanded.
struct RawDefinition: Decodable {
    var id: String
    var title: MessageReference
    var summary: MessageReference
    var tags: [String]?
    var variables: [String: Value]?
    var start: String
    var include: [Inclusion]?
    var steps: [Step]
    var sources: [SourceArticle]?

    /// The keys a definition file takes at its top level.
    static let keys: Set<String> = ["$schema", "id", "title", "summary", "tags", "sources", "variables", "start", "include", "steps"]

    private enum CodingKeys: String, CodingKey { case id, title, summary, tags, sources, variables, start, include, steps }

    init(from decoder: any Decoder) throws {
        try JSONKey.requireOnly(Self.keys, in: decoder, what: "a definition")
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(MessageReference.self, forKey: .title)
        summary = try c.decode(MessageReference.self, forKey: .summary)
        tags = try c.decodeIfPresent([String].self, forKey: .tags)
        sources = try c.decodeIfPresent([SourceArticle].self, forKey: .sources)
        variables = try c.decodeIfPresent([String: Value].self, forKey: .variables)
        start = try c.decode(String.self, forKey: .start)
        include = try c.decodeIfPresent([Inclusion].self, forKey: .include)
        steps = try c.decode([Step].self, forKey: .steps)
    }
}
