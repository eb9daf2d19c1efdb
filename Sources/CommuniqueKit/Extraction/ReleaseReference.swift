/// The release that an `AnnotatedRelease` reads, held by reference: the stages' helpers take the
/// annotated release by value, and a reference is one word to pass where the release's fields are many.
final class ReleaseReference: Sendable {
    let release: PressRelease

    init(_ release: PressRelease) {
        self.release = release
    }
}
