import Foundation

/// One run of the built `career-advisor` binary with bytes on stdin: its status, stdout and stderr.
struct BinaryRun {
    var status: Int32
    var output: Data
    var errors: String

    var text: String { String(decoding: output, as: UTF8.self) }

    /// Runs the binary with `arguments`, feeding `input` on stdin (written from another thread, so a
    /// large input cannot deadlock against a full stdout pipe).
    init(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.binary())
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        errors = errorData.text()
    }

    init(_ arguments: [String], input: String) throws {
        try self.init(arguments, input: Data(input.utf8))
    }

    /// The `career-advisor` binary built next to the tests (or `$CAREER_ADVISOR_BINARY`).
    static func binary() throws -> String {
        if let path = ProcessInfo.processInfo.environment["CAREER_ADVISOR_BINARY"] { return path }
        let folders = [
            Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for folder in folders {
            for candidate in [folder, folder.deletingLastPathComponent()] {
                let path = candidate.appendingPathComponent("career-advisor").path
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        throw NotFound(searched: folders.map(\.path))
    }

    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String { "career-advisor not found in " + searched.joined(separator: ", ") }
    }
}

/// Reads a pipe to its end on a thread of its own.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
