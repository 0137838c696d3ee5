/// A formatted message as segments, so a terminal can style labels and values.
public struct FormattedMessage: Sendable, Equatable {
    /// One piece of a formatted message.
    public enum Segment: Sendable, Equatable {
        /// Literal text from the pattern.
        case text(String)
        /// A UI label (`{ui.<id>}`), e.g. to embolden.
        case label(String)
        /// A formatted argument value (or `#`).
        case value(String)

        /// The segment's text.
        public var text: String {
            switch self {
            case let .text(text), let .label(text), let .value(text): text
            }
        }
    }

    /// The pieces in order; adjacent literal text is merged.
    public let segments: [Segment]

    /// Creates a message from segments.
    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// All segments joined, without styling.
    public var plainText: String {
        segments.map(\.text).joined()
    }
}
