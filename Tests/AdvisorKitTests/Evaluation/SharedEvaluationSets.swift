import Foundation
import Testing

/// Where the shared evaluation sets are: `../shared/eval` beside the package root, or
/// `$CAREER_ADVISOR_EVAL_SETS`. Absent on a machine without them: their tests are then skipped.
enum SharedEvaluationSets {
    static let folder: String = {
        if let path = ProcessInfo.processInfo.environment["CAREER_ADVISOR_EVAL_SETS"] { return path }
        return URL(fileURLWithPath: Fixtures.root + "/../shared/eval").standardizedFileURL.path
    }()

    static var available: Bool { FileManager.default.fileExists(atPath: folder + "/real-dev.jsonl") }

    static let skipped = Comment(
        rawValue: "the shared evaluation sets are not at \(folder) (../shared/eval beside the package, or "
            + "$CAREER_ADVISOR_EVAL_SETS): skipped")

    /// Every `*.jsonl` set in the folder.
    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted()
    }
}
