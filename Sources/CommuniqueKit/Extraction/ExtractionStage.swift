/// One step of extraction: reads what earlier stages annotated on a release and adds its own annotations
/// or findings, never removing another stage's.
///
/// Each stage says what it needs and what it adds, so `Extractor` can check that its order makes sense
/// (as CoreNLP's annotators declare `requires` and `requirementsSatisfied`).
protocol ExtractionStage: Sendable {
    /// What must have been annotated before the stage runs.
    static var needs: Set<Annotation> { get }
    /// What the stage annotates.
    static var adds: Set<Annotation> { get }
    /// Reads the release and adds to it.
    func run(on release: inout AnnotatedRelease)
}
