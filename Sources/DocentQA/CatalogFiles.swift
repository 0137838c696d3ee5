import DocentLocalization
import Foundation

/// Finds and reads the catalogs `docent qa` checks: a folder of `*.xlf` or named files, the English
/// source catalog among them (or `en.xlf` beside the first file).
public enum CatalogFiles {
    /// Reads `paths` (folders and files) with ``Catalog/parseRecovering(_:file:)``.
    ///
    /// - Throws: ``QALoadError/missing(path:)`` for a path that does not exist, ``QALoadError/badData(_:)`` for a
    ///   file that is not an XLIFF 2.0 catalog, ``QALoadError/usage(_:)`` when no source catalog is found.
    public static func load(_ paths: [String]) throws(QALoadError) -> (source: RecoveredCatalog, targets: [RecoveredCatalog]) {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missing(path: path) }
            if isDirectory.boolValue {
                let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".xlf") }
                let order = Language.allCases.map { "\($0.rawValue).xlf" }
                let sorted = names.sorted { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) }
                files += sorted.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        var catalogs: [RecoveredCatalog] = []
        for file in files { catalogs.append(try read(file)) }
        if !catalogs.contains(where: \.catalog.isSource), let first = files.first {
            let sibling = ((first as NSString).deletingLastPathComponent as NSString).appendingPathComponent("en.xlf")
            if manager.fileExists(atPath: sibling) { catalogs.insert(try read(sibling), at: 0) }
        }
        guard let source = catalogs.first(where: \.catalog.isSource) else {
            throw .usage("no source catalog (an XLIFF 2.0 file without trgLang, such as en.xlf) among \(paths.joined(separator: " "))")
        }
        return (source, catalogs.filter { !$0.catalog.isSource })
    }

    /// Reads one catalog file.
    private static func read(_ file: String) throws(QALoadError) -> RecoveredCatalog {
        guard let data = FileManager.default.contents(atPath: file) else { throw .missing(path: file) }
        do {
            return try Catalog.parseRecovering(data, file: file)
        } catch {
            throw .badData("\(error)")
        }
    }
}
