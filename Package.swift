// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "career-advisor",
    // Linux is where it runs; on macOS, Synchronization.Mutex (the engine's caches) needs macOS 15.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "career-advisor", targets: ["career-advisor"]),
        .library(name: "AdvisorKit", targets: ["AdvisorKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // C: Debian's Snowball stemmer (libstemmer-dev) and libedit (libedit-dev).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

        // The engine: knowledge → analysis → understanding + retrieval → answering. No terminal code.
        .target(name: "AdvisorKit", dependencies: ["CStemmer", .product(name: "Yams", package: "Yams")]),
        // Our default knowledge, generated from Knowledge/ by `make knowledge` (embed-knowledge).
        .target(name: "AdvisorKnowledge", dependencies: ["AdvisorKit"]),
        // The REPL, history, completion and the renderers; the only code that touches libedit.
        .target(name: "AdvisorTerminal", dependencies: ["AdvisorKit", "CEditLine"]),
        .executableTarget(
            name: "career-advisor",
            dependencies: [
                "AdvisorKit", "AdvisorKnowledge", "AdvisorTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release build (`make release`) is one static executable at a fixed address: no dynamic
            // loader at start (it looked up and relocated the symbols of eight shared libraries, 2.7 M
            // instructions and 230 page faults of a cold answer), no relocations to apply either
            // (docs/performance.md). libedit's own dependencies (terminfo, libbsd, libmd) are then named;
            // their static archives come with libedit-dev. glibc warns that a static program looking up
            // users (the home folder) needs the same glibc at run time: it is built where it runs.
            // Not for builds that load the Swift runtime as a shared library (debug, tests).
            linkerSettings: [
                .unsafeFlags(
                    ["-static-executable", "-ltinfo", "-lbsd", "-lmd"],
                    .when(platforms: [.linux], configuration: .release))
            ]),
        .executableTarget(name: "embed-knowledge", dependencies: ["AdvisorKit"]),
        .executableTarget(
            name: "advisor-bench", dependencies: ["AdvisorKit", "AdvisorKnowledge"], path: "Benchmarks/advisor-bench"),
        // The floor `make bench` compares with: read a line, print it as JSON with Foundation.
        .executableTarget(name: "advisor-floor", path: "Benchmarks/advisor-floor"),
        // libFuzzer over the answer pipeline (`make fuzz`); a plain build replays corpus files instead.
        .executableTarget(
            name: "advisor-fuzz", dependencies: ["AdvisorKit", "AdvisorKnowledge"], path: "Fuzz/advisor-fuzz"),

        .testTarget(name: "AdvisorKitTests", dependencies: ["AdvisorKit", "AdvisorKnowledge", "advisor-fuzz"]),
        .testTarget(name: "AdvisorTerminalTests", dependencies: ["AdvisorKit", "AdvisorTerminal"]),
        .testTarget(name: "EndToEndTests", dependencies: ["career-advisor"]),
    ],
    swiftLanguageModes: [.v6]
)
