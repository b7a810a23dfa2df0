import Foundation
import Testing

@testable import advisor_fuzz

/// Every fuzz input kept in the repository (`Fuzz/regressions/`: what the fuzzer once broke;
/// `Fuzz/corpus/`: the seeds), run through the fuzz target's own pipeline, in the normal test run and
/// without libFuzzer. A crash fails the run; a broken invariant fails its input.
@Suite struct FuzzRegressionTests {
    static let folders = ["Fuzz/regressions", "Fuzz/corpus"]

    /// The input files, relative to the package root.
    static let inputs: [String] = folders.flatMap { folder in
        InputFiles.list(Fixtures.root + "/" + folder).map { String($0.dropFirst(Fixtures.root.count + 1)) }
    }

    @Test(arguments: inputs) func inputKeepsEveryInvariant(_ path: String) throws {
        let bytes = try #require(InputFiles.read(Fixtures.root + "/" + path), "cannot read \(path)")
        #expect(FuzzPipeline.run(bytes) == [], "\(path)")
    }

    @Test func thereAreRegressionsAndSeeds() {
        for folder in Self.folders {
            #expect(Self.inputs.contains { $0.hasPrefix(folder + "/") }, "no inputs in \(folder)")
        }
    }
}
