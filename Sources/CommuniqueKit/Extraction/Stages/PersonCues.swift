/// What the person stage found around a run of name words.
struct PersonCues {
    /// Any cue that the run names a person.
    var found = false
    /// The tokens of a title before the name.
    var titleBefore: (Int, Int)? = nil
    /// Where an apposition with a capitalized title starts.
    var appositionStart: Int? = nil
    /// Whether an apposition after the name has a title in lower case (", a member of …").
    var lowerCaseApposition = false
}
