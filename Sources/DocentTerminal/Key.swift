import Foundation

#if canImport(Glibc)
import Glibc
private let readBytes = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let readBytes = Darwin.read
#endif

/// A key pressed in raw mode.
public enum Key: Equatable, Sendable {
    case character(Character)
    case enter, tab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case interrupt, endOfInput, killLine, killWord
    /// The terminal was resized.
    case resize

    /// Reads the next key from stdin; nil when input is closed.
    public static func read() -> Key? {
        guard let byte = readByte(wait: -1) else { return nil }
        if byte == Int(-2) { return .resize }
        switch byte {
        case 3: return .interrupt
        case 4: return .endOfInput
        case 1: return .home
        case 5: return .end
        case 21: return .killLine
        case 23: return .killWord
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 16: return .up
        case 14: return .down
        case 2: return .left
        case 6: return .right
        case 27: return escapeSequence()
        default: break
        }
        if byte < 32 { return read() }
        // UTF-8: the lead byte says how many continuation bytes follow.
        var bytes = [UInt8(byte)]
        let count = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0
        for _ in 0..<count {
            guard let next = readByte(wait: 50), next >= 0 else { break }
            bytes.append(UInt8(next))
        }
        guard let text = String(bytes: bytes, encoding: .utf8), let character = text.first else { return read() }
        return .character(character)
    }

    /// After ESC: an arrow or another CSI/SS3 sequence, or Esc alone when nothing follows soon.
    private static func escapeSequence() -> Key {
        guard let first = readByte(wait: 40), first >= 0 else { return .escape }
        guard first == 91 || first == 79 else { return .escape }  // '[' or 'O'
        var parameters = ""
        while let next = readByte(wait: 40), next >= 0 {
            let scalar = Character(Unicode.Scalar(UInt8(next)))
            if (0x40...0x7E).contains(next) {
                switch (scalar, parameters) {
                case ("A", _): return .up
                case ("B", _): return .down
                case ("C", _): return .right
                case ("D", _): return .left
                case ("H", _): return .home
                case ("F", _): return .end
                case ("~", "1"), ("~", "7"): return .home
                case ("~", "4"), ("~", "8"): return .end
                case ("~", "3"): return .delete
                case ("~", "5"): return .pageUp
                case ("~", "6"): return .pageDown
                default: return .escape
                }
            }
            parameters.append(scalar)
        }
        return .escape
    }

    /// One byte from stdin within `wait` milliseconds (-1: no limit, and a resize ends the wait
    /// with -2); nil at end of input or when nothing came in time.
    private static func readByte(wait: Int32) -> Int? {
        while true {
            var descriptors = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
            if wait < 0, resizePipe.read >= 0 { descriptors.append(pollfd(fd: resizePipe.read, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if ready == 0 { return nil }
            if descriptors.count > 1, descriptors[1].revents & Int16(POLLIN) != 0 {
                var drain = [UInt8](repeating: 0, count: 64)
                while readBytes(resizePipe.read, &drain, drain.count) > 0 {}
                return -2
            }
            var byte: UInt8 = 0
            let count = readBytes(0, &byte, 1)
            if count == 1 { return Int(byte) }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }
}
