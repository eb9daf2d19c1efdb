extension PressRelease {
    /// A span of the findings for a stretch of `text`, in offsets of the file.
    func fileSpan(_ start: Int, _ end: Int, text: String) -> Findings.Span {
        let inFile = fileRange(start, end)
        return Findings.Span(start: inFile.start, end: inFile.end, text: text)
    }
}
