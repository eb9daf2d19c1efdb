import CLibXML2

/// Reading one libxml2 node: its name, attributes, and whether it is page furniture.
extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The element's name, lowercased.
    var name: String {
        pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// An attribute's value, read from the node's attribute list (nothing to free).
    func attribute(_ wanted: String) -> String? {
        var attribute = pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The words of its id and class attributes, lowercased.
    var identifiers: [String] {
        [attribute("id"), attribute("class")].compactMap { $0?.lowercased() }.flatMap { $0.split(separator: " ").map(String.init) }
    }

    /// Parts of a page that are never the article: scripts, styles, navigation, menus, forms, footers,
    /// sidebars, and elements whose role, id or class says they are one of those.
    var isBoilerplate: Bool {
        let elements: Set<String> = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                                     "button", "select", "svg", "iframe", "menu", "head"]
        if elements.contains(name) { return true }
        if let role = attribute("role"), ["navigation", "banner", "contentinfo", "menu", "menubar", "search", "complementary"].contains(role) {
            return true
        }
        let furniture = ["menu", "nav", "navigation", "navbar", "breadcrumb", "breadcrumbs", "footer", "sidebar", "share", "cookie",
                         "cookies", "skip-link", "site-header", "site-footer"]
        return identifiers.contains { word in furniture.contains(word) }
    }
}
