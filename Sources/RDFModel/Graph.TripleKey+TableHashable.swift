extension Graph.TripleKey: TableHashable {
    /// The numbers of the terms mixed into one integer.
    var tableHash: Int {
        Self.mixed(UInt64(s) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(p) &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(o) &* 0x1656_67B1_9E37_79F9)
    }
}
