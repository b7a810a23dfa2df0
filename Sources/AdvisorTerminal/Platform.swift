#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The libc the terminal side needs (terminal checks, window size, raw output), kept in one place.
public enum Platform {
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Columns of the terminal on `descriptor`, or nil when it is not a terminal.
    public static func columns(_ descriptor: Int32 = 1) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    public static var environment: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    /// Writes all of `text` to `descriptor`; false when the reader has gone (a closed pipe).
    @discardableResult
    public static func write(_ text: String, to descriptor: Int32 = 1) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Reports an error on stderr.
    public static func error(_ message: String) {
        write(message.hasSuffix("\n") ? message : message + "\n", to: 2)
    }

    /// Ignore SIGPIPE so a closed pipe shows up as a failed write, which we end quietly on.
    public static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    public static func exit(_ status: Int32) -> Never { Glibc.exit(status) }
}
