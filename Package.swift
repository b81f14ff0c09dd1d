// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "InterviewCoach",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "coach", targets: ["coach"]),
        .library(name: "CoachCore", targets: ["CoachCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.0"),
    ],
    targets: [
        .target(
            name: "CoachCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Pack")]
        ),
        .target(
            name: "CoachStore",
            dependencies: ["CoachCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "CoachWeb",
            dependencies: [
                "CoachCore", "CoachStore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Assets")]
        ),
        .executableTarget(
            name: "coach",
            dependencies: [
                "CoachCore", "CoachStore", "CoachWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),
        .testTarget(name: "CoachCoreTests", dependencies: ["CoachCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CoachStoreTests", dependencies: ["CoachStore"]),
        .testTarget(
            name: "CoachWebTests",
            dependencies: ["CoachWeb", "CoachCore", "CoachStore", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "coachTests", dependencies: ["coach"]),
    ]
)
