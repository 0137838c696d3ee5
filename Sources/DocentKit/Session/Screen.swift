import DocentLocalization
import DocentWorkflow

/// A prompt as the person sees it: its number, its words, the numbered choices and a hint.
public struct Screen: Sendable {
    /// What the prompt takes.
    public enum Kind: Sendable {
        /// An instruction to carry out; Enter goes on.
        case acknowledge
        /// One of numbered choices.
        case choose([Option])
        /// A typed value; with `options`, one of numbered options (users as `Name <email>`).
        case input(InputType, options: [Option]?)
        /// Yes or no.
        case confirm
    }

    /// One numbered choice or option.
    public struct Option: Sendable {
        /// Its number on the screen, from 1.
        public var number: Int
        /// Its words.
        public var label: FormattedMessage
        /// The value it answers with.
        public var value: String
    }

    /// The step's id.
    public var step: String
    /// The question's number in this walk, from 1.
    public var number: Int
    /// The question or instruction.
    public var message: FormattedMessage
    /// What it takes.
    public var kind: Kind
    /// What to type, in the person's language.
    public var hint: String
    /// The estimated number of questions in the whole walk (see `PathEstimate`); nil when unknown.
    public var total: Int? = nil
    /// For a yes/no question, what answering yes changes in the account, one sentence each.
    public var preview: [FormattedMessage] = []

    /// The options, whatever the kind.
    public var options: [Option] {
        switch kind {
        case .choose(let options), .input(_, let options?): return options
        case .acknowledge, .input(_, nil), .confirm: return []
        }
    }
}
