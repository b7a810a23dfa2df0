/// Reads lines from a file descriptor as they arrive, without limits on length and without trusting
/// the bytes: invalid UTF-8 becomes U+FFFD, never a crash.
public struct LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// Lines longer than this are cut (the rest is read and dropped) so memory stays bounded.
    public static let maximumLineBytes = 1 << 20

    public init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    /// Whether a whole line is already read in, so that `next()` returns without waiting for input.
    public var hasBufferedLine: Bool { buffer[start...].contains(10) }

    /// The next line without its newline; nil at end of input. `truncated` tells whether it was cut.
    public mutating func next() -> (line: String, truncated: Bool)? {
        var line: [UInt8] = []
        var truncated = false
        while true {
            if let newline = buffer[start...].firstIndex(of: 10) {
                append(buffer[start..<newline], to: &line, truncated: &truncated)
                start = newline + 1
                return (decode(line), truncated)
            }
            append(buffer[start...], to: &line, truncated: &truncated)
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if atEnd || !fill() {
                atEnd = true
                return line.isEmpty && !truncated ? nil : (decode(line), truncated)
            }
        }
    }

    private func append(_ bytes: ArraySlice<UInt8>, to line: inout [UInt8], truncated: inout Bool) {
        let room = Self.maximumLineBytes - line.count
        if bytes.count > room {
            line += bytes.prefix(max(room, 0))
            truncated = true
        } else {
            line += bytes
        }
    }

    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = Platform.read(descriptor, into: &chunk)
        guard count > 0 else { return false }
        buffer = Array(chunk[0..<count])
        return true
    }

    private func decode(_ bytes: [UInt8]) -> String {
        var bytes = bytes
        if bytes.last == 13 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
