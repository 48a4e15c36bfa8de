import XCTest

@testable import CriaKit

/// Locations of start tags asked for in any order: forward as a parse asks, again from the
/// top as each legislation rule asks for its provisions, and back and forth as evidence does.
final class StartTagLocatorTests: XCTestCase {
    func testTagsAskedInAnyOrderGetTheLocationsOfACountFromTheTop() {
        // Long lines (a whole Act is often a few) of tags around text with two- and three-byte
        // characters, far longer than the distance between the locator's checkpoints.
        var text = ""
        for line in 0..<40 {
            for item in 0..<120 { text += "<p n=\"\(line).\(item)\">é ☃ text</p>" }
            text += "\n"
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bytes = bom + Array(text.utf8)
        let openings = text.utf8.indices.filter { text.utf8[$0] == UInt8(ascii: "<") }.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
        XCTAssertEqual(openings.count, 40 * 120 * 2)
        let expected: [SourceLocation] = bytes.withUnsafeBufferPointer { whole in
            openings.map { offset in
                var fresh = SourcePositionCounter(bytes: UnsafeBufferPointer(rebasing: whole[bom.count...]))
                return fresh.location(ofOffset: offset)
            }
        }
        XCTAssertEqual(expected.last?.line, 40)
        let count = openings.count
        let orders: [(String, [Int])] = [
            ("forward", Array(0..<count)),
            ("forward again", Array(0..<count)),
            ("backward", Array((0..<count).reversed())),
            ("scattered", (0..<count).map { $0 * 7919 % count }),
        ]
        var locator = StartTagLocator(bytes: bytes, from: bom.count)
        for (name, order) in orders {
            for position in order {
                // The cursor stands after the tag's name when libxml2 reports the element.
                let location = locator.location(ofTagBefore: openings[position] + 2)
                if location != expected[position] {
                    XCTFail("\(name): tag \(position) at \(location), not \(expected[position])")
                    return
                }
            }
        }
    }
}
