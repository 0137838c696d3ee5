import ArgumentParser
import DocentKit
import DocentScript
import DocentWorkflow

extension GraphFormat: ExpressibleByArgument {}

/// `docent graph`: a procedure's state machine as DOT, Mermaid or SCXML.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print a procedure's state machine as DOT, Mermaid or SCXML.",
        discussion: "Nodes carry the localized step titles; edges carry the answers and the guards.")

    @Argument(help: ArgumentHelp("The procedure's id (see `docent list`).", valueName: "procedure"))
    var procedure: String

    @OptionGroup var language: LanguageOptions

    @Option(help: ArgumentHelp("dot, mermaid or scxml.", valueName: "format"))
    var format: GraphFormat = .dot

    func run() throws {
        try reportingFailures(lang: language.lang) {
            let lang = try language.resolve()
            let library = try Loading.library()
            let narrator = Narrator(catalogs: library.catalogs, language: lang)
            let definition: Definition
            do {
                definition = try library.definition(procedure)
            } catch let error as KitError {
                throw Loading.failure(error, narrator: narrator)
            }
            let graph = ProcedureGraph(definition: definition, wording: Wording(catalogs: library.catalogs, language: lang))
            try Terminal.current().out(GraphExporter(graph: graph).render(format))
        }
    }
}
