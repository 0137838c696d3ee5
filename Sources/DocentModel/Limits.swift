/// The largest counts and amounts an account may hold, so that no computation on them overflows.
///
/// A file with larger numbers is bad data (an invariant violation), and a command that would
/// pass a limit is refused (`.invalidCount`), instead of trapping on overflow.
public enum Limits {
    /// Seats of one type, or Zendesk agent seats: one million.
    public static let seats = 1_000_000
    /// An amount of money, in cents: ten thousand million currency units.
    public static let cents = 1_000_000_000_000
}
