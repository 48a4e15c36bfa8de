// swift-tools-version:5.10
// A package that depends on CriaKit by path, as another project would by version: it builds
// only if CriaKit's manifest is usable as a dependency (no unsafe flags). Run by
// scripts/check-dependent.
import PackageDescription

let package = Package(
    name: "Dependent",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "cria", path: "../..")],
    targets: [.executableTarget(name: "Dependent", dependencies: [.product(name: "CriaKit", package: "cria")])]
)
