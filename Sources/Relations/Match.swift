/// An entity found by a name, with how well the name matched.
public struct Match: Hashable, Sendable {
    /// How the text matched, best first.
    public enum Quality: Int, Comparable, Sendable {
        case exactName = 0, exactAlternateName, acronym, namePrefix, words, substring

        public static func < (a: Quality, b: Quality) -> Bool { a.rawValue < b.rawValue }
    }

    public let entity: Entity
    public let quality: Quality
    /// The name that matched.
    public let matchedName: String
}
