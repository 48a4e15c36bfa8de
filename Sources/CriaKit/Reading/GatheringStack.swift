/// A stack whose top part is handed out as an array, its elements moved rather than
/// copied: the tree builder gathers an open element's children (and text runs) here and
/// gives them to it whole when it closes, so each array is allocated once, at its size.
///
/// It owns its allocation, so it cannot be copied (a copy would free it twice); it is freed
/// when its owner ends.
struct GatheringStack<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>?
    private(set) var count = 0
    private var capacity = 0

    var last: Element? { count > 0 ? base![count - 1] : nil }

    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of range")
        return base![index]
    }

    /// Makes room for `needed` elements in all.
    mutating func reserveCapacity(_ needed: Int) {
        if needed > capacity { grow(toHold: needed) }
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(toHold: count + 1) }
        (base! + count).initialize(to: element)
        count += 1
    }

    /// Moves the elements of `other` from `start` up onto this stack, in order.
    mutating func append(movingFrom other: inout GatheringStack<Element>, from start: Int) {
        let taken = other.count - start
        guard taken > 0 else { return }
        if count + taken > capacity { grow(toHold: count + taken) }
        other.move(from: start, to: base! + count)
        count += taken
    }

    private mutating func grow(toHold needed: Int) {
        let grownCapacity = max(16, capacity * 2, needed)
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: grownCapacity)
        if let base {
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = grown
        capacity = grownCapacity
    }

    /// Replaces the top element.
    mutating func replaceLast(with element: Element) {
        precondition(count > 0, "replaceLast on an empty stack")
        base![count - 1] = element
    }

    /// Removes the elements from `start` up and returns them in order.
    mutating func take(from start: Int) -> [Element] {
        precondition(start >= 0 && start <= count, "take(from:) out of range")
        let taken = count - start
        guard taken > 0, let base else { return [] }
        count = start
        let first = base + start
        // Up to four elements are moved into an array literal, whose allocation costs far
        // less than the general path's.
        switch taken {
        case 1: return [first.move()]
        case 2: return [first.move(), (first + 1).move()]
        case 3: return [first.move(), (first + 1).move(), (first + 2).move()]
        case 4: return [first.move(), (first + 1).move(), (first + 2).move(), (first + 3).move()]
        default:
            return Array(unsafeUninitializedCapacity: taken) { buffer, initialized in
                buffer.baseAddress!.moveInitialize(from: first, count: taken)
                initialized = taken
            }
        }
    }

    /// Moves the elements from `start` up, in order, to uninitialized memory at `destination`.
    mutating func move(from start: Int, to destination: UnsafeMutablePointer<Element>) {
        precondition(start >= 0 && start <= count, "move(from:to:) out of range")
        guard count > start, let base else { return }
        destination.moveInitialize(from: base + start, count: count - start)
        count = start
    }

    /// Removes the top element.
    mutating func removeLast() -> Element {
        precondition(count > 0, "removeLast on an empty stack")
        count -= 1
        return (base! + count).move()
    }

    deinit {
        // One at a time, so that each is let go of by code made for its type rather than
        // through the runtime's generic array destruction.
        if let base {
            for i in 0..<count { _ = (base + i).move() }
            base.deallocate()
        }
    }
}
