extension Graph.TripleKey: TableHashable {
    /// The numbers of the terms mixed into one integer.
    var tableHash: Int {
        Graph.mix(UInt64(s) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(p) &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(o) &* 0x1656_67B1_9E37_79F9)
    }
}

extension Graph.Key: TableHashable {
    /// The numbers of the terms and of the graph mixed into one integer.
    var tableHash: Int { Graph.mix(UInt64(bitPattern: Int64(triple.tableHash)) ^ UInt64(g) &* 0x27D4_EB2F_1656_67C5) }
}

extension Graph {
    /// The bits of a product spread over the low ones, which a table's slot is made of.
    static func mix(_ value: UInt64) -> Int {
        var h = value ^ (value >> 31)
        h = h &* 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
