import DocentLocalization
import DocentModel
import DocentWorkflow
import Foundation
import Synchronization

/// Everything Docent ships: the procedures, the five catalogs, the demo accounts.
///
/// Commands load the bundle without validating it, so they start at once; the bundle is validated
/// in the tests and by `docent check` (``validate()``), and step lines are computed only to report a problem.
public struct DocentLibrary: Sendable {
    /// The procedures, sorted by id (decoded on first use, once).
    public var definitions: [Definition] { procedures.all() }
    /// The message catalogs.
    public let catalogs: CatalogSet
    /// The demo accounts, sorted by id.
    public var demos: [LoadedAccount] { demoStore.all() }
    /// The demo account files, each read once on first use.
    let demoStore: FileStore<LoadedAccount>

    /// The demo accounts' ids, sorted, without reading them.
    public var demoIDs: [String] { demoStore.ids }
    /// The bindings procedures run with.
    public let bindings: Bindings<Situation>
    /// The procedure files, decoded one by one when a command needs them.
    let procedures: FileStore<Definition>

    /// The procedures' ids, sorted, without decoding them.
    public var procedureIDs: [String] { procedures.ids }

    /// Every procedure's id, title, summary, tags and content hash, without decoding the steps.
    public func headers() throws -> [DefinitionHeader] {
        try procedures.ids.map { id in
            if let definition = procedures.loadedValue(id) {
                return DefinitionHeader(
                    id: definition.id, title: definition.title, summary: definition.summary, tags: definition.tags,
                    contentHash: definition.contentHash)
            }
            guard let url = procedures.files[id] else { throw KitError.unknownProcedure(id, known: procedures.ids) }
            return try Self.definitionLoader(procedures: url.deletingLastPathComponent(), displayPrefix: displayPrefix)
                .header(contentsOf: url, file: displayPrefix + "Resources/procedures/\(id).json")
        }
    }

    /// The prefix of the files' names in diagnostics.
    let displayPrefix: String

    /// The loader of a bundle's procedures, with its fragments folder.
    static func definitionLoader(procedures folder: URL, displayPrefix: String) -> DefinitionLoader {
        DefinitionLoader(
            fragmentsDirectory: folder.appendingPathComponent("fragments"),
            displayPrefix: displayPrefix + "Resources/procedures/fragments/")
    }

    /// The bundled library, loaded once per process (not validated: see ``validate()``).
    public static func bundled() throws -> DocentLibrary {
        try cache.get()
    }

    private static let cache: Result<DocentLibrary, any Error> = Result {
        try load(
            resources: BundledResources.resources(), localizations: BundledResources.localizations(),
            displayPrefix: "", validating: false, lazyCatalogs: true)
    }

    /// Every problem of the library's procedures against the bindings and the catalogs, as
    /// `file:line: error: step 'x', field 'y': …` lines; empty when sound.
    public func validate() -> [String] {
        var problems: [String] = []
        let check = CatalogMessageCheck(catalogs: catalogs)
        for definition in definitions {
            var validator = Validator(signatures: bindings.signatures, messages: check, requiresRefusals: true)
            var issues = validator.validate(definition)
            if !issues.isEmpty, let url = procedures.files[definition.id], let data = try? Data(contentsOf: url) {
                // Only now are step lines worth finding: one pass over the file.
                validator.lines = DefinitionLoader.stepLines(in: data)
                issues = validator.validate(definition)
            }
            problems += issues.map(\.description)
        }
        return problems
    }

    /// The folders the bundled library is read from: `Resources` and `Localizations`.
    public static func bundledFolders() throws -> (resources: URL, localizations: URL) {
        (try BundledResources.resources(), try BundledResources.localizations())
    }

    /// Loads and validates a library from folders (`procedures/`, `procedures/fragments/` and
    /// `accounts/` under `resources`, `<lang>.xlf` files under `localizations`).
    ///
    /// With `lazyCatalogs`, only English is read now and each other catalog on first use (a command
    /// speaks one language); otherwise every catalog is read and checked now.
    public static func load(
        resources: URL, localizations: URL, displayPrefix: String = "", validating: Bool = true, lazyCatalogs: Bool = false
    ) throws -> DocentLibrary {
        let catalogs = lazyCatalogs
            ? try CatalogSet.load(directory: localizations, preloading: [])
            : try CatalogSet.load(directory: localizations)
        let folder = resources.appendingPathComponent("procedures")
        let loader = Self.definitionLoader(procedures: folder, displayPrefix: displayPrefix)
        let procedures = FileStore<Definition>(folder: folder) { id, url throws(KitError) in
            let display = displayPrefix + "Resources/procedures/\(id).json"
            let definition: Definition
            do {
                definition = try loader.load(contentsOf: url, file: display)
            } catch {
                throw .invalidBundle(["\(error)"])
            }
            guard definition.id == id else {
                throw .invalidBundle(["\(display): error: field 'id': '\(definition.id)' does not match the file name"])
            }
            return definition
        }
        var problems: [String] = []
        let demos = FileStore<LoadedAccount>(folder: resources.appendingPathComponent("accounts")) { id, url throws(KitError) in
            let display = displayPrefix + "Resources/accounts/\(id).json"
            return LoadedAccount(name: id, file: display, isDemo: true, account: try AccountStore.load(contentsOf: url, name: display))
        }
        let library = DocentLibrary(
            catalogs: catalogs, demoStore: demos, bindings: ModelBindings.all, procedures: procedures, displayPrefix: displayPrefix)
        // Validating reads every procedure and demo account now and reports each that does not load.
        if validating { problems += procedures.problems() + demos.problems() }
        if validating { problems += library.validate() }
        if !problems.isEmpty { throw KitError.invalidBundle(problems) }
        return library
    }

    /// The procedure with this id, decoded now if it was not yet.
    public func definition(_ id: String) throws(KitError) -> Definition {
        guard procedures.files[id] != nil else { throw .unknownProcedure(id, known: procedures.ids) }
        return try procedures.value(id)
    }

    /// The account as it stands on `day`: renewals due by then have taken effect (rule 10), so
    /// scheduled removals are applied and billing has moved to the next term.
    public static func renewed(_ account: Account, on day: CalendarDate) -> Account {
        guard case .hubspot(var hubspot) = account else { return account }
        hubspot.advance(to: day)
        return .hubspot(hubspot)
    }

    /// The demo account a walk uses when none is named.
    public var defaultDemo: String { "legacy-full" }

    /// A demo account by id, or else an account file by path.
    public func account(_ name: String, relativeTo directory: URL? = nil) throws(KitError) -> LoadedAccount {
        if demoStore.files[name] != nil { return try demoStore.value(name) }
        let url = URL(fileURLWithPath: name, relativeTo: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .accountNotFound(name, demos: demoStore.ids)
        }
        let account = try AccountStore.load(contentsOf: url, name: name)
        return LoadedAccount(name: name, file: name, isDemo: false, account: account)
    }

    /// Starts a walk of `procedure` on `account` as `actor` (default: the account's default actor).
    public func startWalk(_ procedure: String, on account: LoadedAccount, as actor: String? = nil, today: CalendarDate) throws -> Walk<Situation> {
        try startWalk(definition(procedure), on: account, as: actor, today: today)
    }

    /// Starts a walk of `definition` (a bundled procedure or a validated draft) on `account`.
    public func startWalk(_ definition: Definition, on account: LoadedAccount, as actor: String? = nil, today: CalendarDate) throws -> Walk<Situation> {
        if case .zendesk(let zendesk) = account.account, let cancelled = zendesk.cancelledOn {
            throw KitError.accountCancelled(account: account.account.name, on: cancelled.description)
        }
        let who = actor ?? account.defaultActor
        guard let match = account.userEmails.first(where: { $0.lowercased() == who.lowercased() }) else {
            throw KitError.unknownActor(who, account: account.name, users: account.userEmails)
        }
        let situation = Situation(account: Self.renewed(account.account, on: today), actor: match, today: today)
        return try Walk(definition: definition, bindings: bindings, state: situation)
    }
}
