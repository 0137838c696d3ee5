import Foundation

/// One result slot per file, filled by concurrent workers under a lock.
final class ResultSlots: @unchecked Sendable {
    /// Guards `slots`.
    private let lock = NSLock()
    /// One result per file, nil until its worker is done.
    private var slots: [Result<Article, ArticleError>?]

    /// Creates `count` empty slots.
    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Fills slot `index`.
    func set(_ index: Int, _ result: Result<Article, ArticleError>) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
    }

    /// The slots, read under the lock.
    var values: [Result<Article, ArticleError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
