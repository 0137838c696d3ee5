import CLibXML2

/// Receives libxml2's structured errors during one parse and keeps the first error.
///
/// Used only on the parsing thread, for the duration of one `xmlReadMemory` call.
final class XMLErrorCollector {
    /// The first error (or fatal error) reported.
    private(set) var first: (message: String, line: Int, column: Int, code: Int)?

    /// Records `error` unless one is already recorded or it is only a warning.
    func record(_ error: xmlErrorPtr) {
        guard first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
        first = (message.trimmingWhitespace(), Int(error.pointee.line), Int(error.pointee.int2), Int(error.pointee.code))
    }

    /// The C callback handed to `xmlSetStructuredErrorFunc`; `context` is an unretained collector.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error)
    }
}
