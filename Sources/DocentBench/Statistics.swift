/// The summary statistics the benchmark reports: medians of repeated runs and ratios between them.
enum Statistics {
    /// The median of `values` (the mean of the two middle values for an even count); nil when empty.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `numerator / denominator`, nil when either is missing or the denominator is not positive.
    static func ratio(_ numerator: Double?, _ denominator: Double?) -> Double? {
        guard let numerator, let denominator, denominator > 0, numerator.isFinite, denominator.isFinite else { return nil }
        return numerator / denominator
    }

    /// Items per second for `count` items in `seconds`; nil for a non-positive time.
    static func throughput(_ count: Int, seconds: Double?) -> Double? {
        ratio(Double(count), seconds)
    }

    /// The order a pair's runs go in: A, B, A, B… for `rounds` rounds, so load hits both alike.
    static func alternation(rounds: Int) -> [Side] {
        (0..<max(rounds, 0)).flatMap { _ in [Side.a, Side.b] }
    }

    /// One side of a measured pair.
    enum Side: String, Sendable, Codable {
        case a, b
    }
}
