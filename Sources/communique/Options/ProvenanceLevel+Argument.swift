public import ArgumentParser
public import CommuniqueKit

/// `--provenance full|statements|none`.
extension ProvenanceLevel: ExpressibleByArgument {}
