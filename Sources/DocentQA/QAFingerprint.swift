/// Stable fingerprints for findings: FNV-1a over the UTF-8 of the parts, twice (two offsets), as 32 hex digits.
///
/// Not a cryptographic hash: it only has to change when a text changes and stay the same across runs and machines.
enum QAFingerprint {
    /// The fingerprint of `parts` (separated by U+001F so that `["ab", "c"]` and `["a", "bc"]` differ).
    static func of(_ parts: [String]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        let prime: UInt64 = 0x0000_0100_0000_01b3
        for (index, part) in parts.enumerated() {
            if index > 0 {
                first = (first ^ 0x1F) &* prime
                second = (second ^ 0x1F) &* prime
            }
            for byte in part.utf8 {
                first = (first ^ UInt64(byte)) &* prime
                second = (second ^ UInt64(byte ^ 0x5A)) &* prime
            }
        }
        return hex(first) + hex(second)
    }

    /// 16 lowercase hex digits.
    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
