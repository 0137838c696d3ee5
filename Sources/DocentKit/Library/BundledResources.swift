import Foundation

/// Where the shipped procedures, fragments, demo accounts and catalogs are.
enum BundledResources {
    /// The bundle's `Resources` folder.
    static func resources() throws(KitError) -> URL {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil) else { throw .missingResource("Resources") }
        return url
    }

    /// The bundle's `Localizations` folder.
    static func localizations() throws(KitError) -> URL {
        guard let url = Bundle.module.url(forResource: "Localizations", withExtension: nil) else { throw .missingResource("Localizations") }
        return url
    }

    /// The JSON files directly in `folder`, sorted by name.
    static func jsonFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
