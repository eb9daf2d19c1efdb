extension Graph.Key: TableHashable {
    /// The numbers of the terms and of the graph mixed into one integer.
    var tableHash: Int { Self.mixed(UInt64(bitPattern: Int64(triple.tableHash)) ^ UInt64(g) &* 0x27D4_EB2F_1656_67C5) }
}
