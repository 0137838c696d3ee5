// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Docent",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docent", targets: ["DocentCLI"]),
        .executable(name: "docent-bench", targets: ["DocentBench"]),
        .library(name: "DocentKit", targets: ["DocentKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system's libxml2, used for XLIFF catalogs and (later) help-article HTML.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Accounts, users, permissions, seats, subscriptions, billing terms. Knows nothing of prompts.
        .target(name: "DocentModel"),
        // Definitions as data, validation, the interpreter, path exploration. Knows nothing of seats.
        .target(name: "DocentWorkflow"),
        // XLIFF 2.0 catalogs, language resolution, CLDR plural rules, ICU message formatting.
        .target(name: "DocentLocalization", dependencies: ["CLibXML2"]),
        // Help-center articles (HubSpot knowledge base, Zendesk Help Center) read with libxml2's HTML parser.
        .target(name: "DocentArticles", dependencies: ["CLibXML2", "DocentLocalization"]),
        // Translation QA (catalogs and localized articles), reports, baselines, exchange formats (PO, XLIFF 1.2, xcstrings).
        .target(name: "DocentQA", dependencies: ["DocentLocalization", "DocentArticles"]),
        // Binds the model to the engine and ships the procedures, demo accounts and catalogs.
        .target(
            name: "DocentKit",
            dependencies: ["DocentModel", "DocentWorkflow", "DocentLocalization", "DocentArticles"],
            path: ".",
            exclude: ["Sources/CLibXML2", "Sources/DocentModel", "Sources/DocentWorkflow",
                      "Sources/DocentLocalization", "Sources/DocentArticles", "Sources/DocentQA", "Sources/DocentCLI", "Sources/DocentTestSupport",
                      "Sources/DocentScript", "Sources/DocentTerminal", "Sources/DocentBench",
                      "Tests", "README.md", "BENCHMARKS.md", ".ci"],
            sources: ["Sources/DocentKit"],
            resources: [.copy("Resources"), .copy("Localizations")]
        ),
        // Support-agent scripts (text, Markdown, HTML call guides) and diagrams (DOT, Mermaid, SCXML, SVG) of procedures.
        .target(
            name: "DocentScript",
            dependencies: ["DocentKit", "DocentModel", "DocentWorkflow", "DocentLocalization"]
        ),
        // Raw-mode terminal primitives: keys, line editing, display width and wrapping. Knows nothing of walks.
        .target(name: "DocentTerminal"),
        // The `docent` command: parses, renders, maps errors to exit codes.
        .executableTarget(
            name: "DocentCLI",
            dependencies: [
                "DocentKit", "DocentModel", "DocentWorkflow", "DocentLocalization", "DocentArticles", "DocentQA", "DocentScript", "DocentTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `docent-bench`: Docent side by side with the tools users would pick instead (BENCHMARKS.md).
        .executableTarget(
            name: "DocentBench",
            dependencies: ["CLibXML2", "DocentArticles", "DocentKit", "DocentLocalization", "DocentModel", "DocentWorkflow"]
        ),
        // Domain assertions shared by the test targets.
        .target(
            name: "DocentTestSupport",
            dependencies: ["DocentKit", "DocentModel", "DocentWorkflow", "DocentLocalization"]
        ),
        .testTarget(name: "DocentModelTests", dependencies: ["DocentModel"]),
        .testTarget(name: "DocentWorkflowTests", dependencies: ["DocentWorkflow", "DocentTestSupport"]),
        .testTarget(name: "DocentLocalizationTests", dependencies: ["DocentLocalization"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "DocentArticlesTests",
                    dependencies: ["DocentArticles", "DocentKit", "DocentLocalization", "DocentModel", "DocentWorkflow"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "DocentQATests", dependencies: ["DocentQA", "DocentKit", "DocentLocalization", "DocentArticles", "CLibXML2"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "DocentKitTests", dependencies: ["DocentKit", "DocentTestSupport"]),
        .testTarget(name: "DocentScriptTests",
                    dependencies: ["DocentScript", "DocentKit", "DocentWorkflow", "DocentLocalization", "CLibXML2"],
                    exclude: ["Golden"]),
        .testTarget(name: "DocentTerminalTests", dependencies: ["DocentTerminal"]),
        .testTarget(name: "DocentBenchTests", dependencies: ["DocentBench"]),
        .testTarget(name: "DocentCLITests", dependencies: ["DocentKit", "DocentTestSupport"], exclude: ["Golden"]),
    ]
)
