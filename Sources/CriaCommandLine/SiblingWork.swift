/// A command that `cria` declares and a sibling executable performs: the sibling adds this
/// conformance to the command, with the work that needs its libraries.
package protocol SiblingWork {
    func perform() throws
}
