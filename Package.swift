// swift-tools-version:5.10
import PackageDescription

/// cria allocates and frees a node, a string or an array for nearly every element and word
/// it reads, and glibc's malloc and free were a tenth of its instructions. mimalloc (Debian:
/// libmimalloc-dev, installed by `scripts/ensure-build-deps`) replaces them for the whole
/// process, libxml2 included: linked ahead of the C library, its `malloc` and `free` are the
/// ones every library binds to.
let fastAllocator: [LinkerSetting] = [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "cria",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cria", targets: ["cria"]),
        .executable(name: "cria-serve", targets: ["cria-serve"]),
        .executable(name: "cria-history", targets: ["cria-history"]),
        .library(name: "CriaKit", targets: ["CriaKit"]),
        .library(name: "CriaHistory", targets: ["CriaHistory"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        // Hummingbird's own dependencies, named because CriaServer imports them directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "CriaKit",
            dependencies: [
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedRulePack"]
        ),
        // `cria serve`: the web page and API. A target of its own, so CriaKit (and the
        // fuzzers and tests that link it) never builds the HTTP stack.
        .target(
            name: "CriaServer",
            dependencies: [
                "CriaKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Builds `EmbeddedRulePack.files` from rules/ (see `EmbedRulePack`).
        .executableTarget(name: "RulePackEmbedder"),
        .plugin(name: "EmbedRulePack", capability: .buildTool(), dependencies: ["RulePackEmbedder"]),
        // The appraisal history (SQLite through GRDB) in a library of its own, so that
        // packages depending on CriaKit do not build or link SQLite.
        .target(
            name: "CriaHistory",
            dependencies: ["CriaKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // What cria's executables share: the options, terminal output, and the commands that
        // `cria` declares and a sibling executable performs (`SiblingExecutable`).
        .target(
            name: "CriaCommandLine",
            dependencies: ["CriaKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "cria",
            dependencies: [
                "CriaKit",
                "CriaCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release build links the Swift runtime and Foundation statically
            // (`scripts/build-release`: `swift build -c release --static-swift-stdlib`), which
            // halves start-up, the most of a single check.
            linkerSettings: fastAllocator
        ),
        // `cria serve`, which `cria` runs: the HTTP stack in an executable of its own, so that
        // the Swift runtime does not scan its conformance records at every `cria check`.
        .executableTarget(
            name: "cria-serve",
            dependencies: [
                "CriaKit",
                "CriaCommandLine",
                "CriaServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: fastAllocator
        ),
        // `cria history ...` and `cria batch --record`, which `cria` runs: the history store
        // (GRDB and SQLite) in an executable of its own, for the same reason.
        .executableTarget(
            name: "cria-history",
            dependencies: [
                "CriaKit",
                "CriaCommandLine",
                "CriaHistory",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: fastAllocator
        ),
        // scripts/bench history: records synthetic appraisal points (see its header).
        .executableTarget(name: "HistoryBench", dependencies: ["CriaHistory", "CriaKit"]),
        // The fuzz targets (scripts/fuzz), one library so that the tests replay their corpora
        // through the same code, and one libFuzzer executable; a plain build makes it a
        // reproducer that runs a target on the files named on the command line.
        .target(name: "FuzzTargets", dependencies: ["CriaKit", "CLibXML2"]),
        .executableTarget(name: "CriaFuzz", dependencies: ["FuzzTargets"]),
        .testTarget(
            name: "CriaKitTests",
            // `cria` for CheckOptionReadingTests, which holds the direct reading of `check`'s
            // options to ArgumentParser's list of them.
            dependencies: ["CriaKit", "cria", "FuzzTargets", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // The fuzz corpora are read from the source tree (FuzzCorpusReplayTests).
            exclude: ["FuzzCorpus"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CriaServerTests",
            dependencies: [
                "CriaServer", "CriaKit", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CriaHistoryTests",
            dependencies: ["CriaHistory", "CriaKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
