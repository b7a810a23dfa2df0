import Foundation

/// The floor `make bench` compares the advisor with: a Swift program built with the same release flags
/// that does the least an answering process must do — start, read a line from stdin, and print it as a
/// line of JSON with Foundation's `JSONEncoder`. Given many lines, it encodes each (a throughput floor).
@main
struct AdvisorFloor {
    /// What the floor prints for one line.
    struct Echo: Encodable {
        var question: String
        var answer: String
    }

    static func main() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        while let line = readLine() {
            guard let json = try? encoder.encode(Echo(question: line, answer: line)) else { continue }
            print(String(decoding: json, as: UTF8.self))
        }
    }
}
