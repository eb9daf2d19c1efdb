import RDFModel

/// Relations in words a person reads: "organized by", "spoke at", "Deputy Head at".
public enum Wording {
    /// The phrase for a link read from its source (`forward`) or from its target.
    public static func phrase(_ relation: Link.Relation, forward: Bool) -> String {
        switch relation {
        case .role(let title):
            return forward ? title : "has \(title)"
        case .property(let iri):
            if let known = phrases[iri.value] { return forward ? known.0 : known.1 }
            let words = humanize(EntityKind.localName(iri.value))
            return forward ? words : "\(words) (inverse)"
        }
    }

    /// "parentOrganization" → "parent organization", "works_for" → "works for".
    static func humanize(_ name: String) -> String {
        var out = ""
        var previousLower = false
        for ch in name {
            if ch == "_" || ch == "-" { out.append(" "); previousLower = false; continue }
            if ch.isUppercase, previousLower { out.append(" ") }
            out.append(ch.isUppercase && previousLower ? Character(ch.lowercased()) : ch)
            previousLower = ch.isLowercase || ch.isNumber
        }
        return out.isEmpty ? name : out
    }

    static let s = "http://schema.org/", org = "http://www.w3.org/ns/org#", prov = "http://www.w3.org/ns/prov#"
    static let cq = "https://w3id.org/communique/ontology#"

    /// Forward and inverse phrases of the properties the tool writes and of common ones.
    static let phrases: [String: (String, String)] = [
        s + "organizer": ("organized by", "organizer of"),
        s + "contributor": ("in partnership with", "partner of"),
        s + "funder": ("funded by", "funder of"),
        s + "sponsor": ("sponsored by", "sponsor of"),
        s + "performer": ("speaker", "spoke at"),
        s + "attendee": ("attended by", "attended"),
        s + "location": ("held in", "place of"),
        s + "mentions": ("mentions", "mentioned in"),
        s + "parentOrganization": ("part of", "has part"),
        s + "subOrganization": ("has part", "part of"),
        s + "memberOf": ("member of", "has member"),
        s + "worksFor": ("works for", "employs"),
        s + "affiliation": ("affiliated with", "has affiliate"),
        s + "areaServed": ("serves", "served by"),
        s + "sourceOrganization": ("issued by", "issuer of"),
        s + "creator": ("by", "author of"),
        s + "author": ("by", "author of"),
        s + "isPartOf": ("part of", "has part"),
        s + "about": ("about", "subject of"),
        s + "knows": ("knows", "known by"),
        s + "superEvent": ("part of", "includes"),
        s + "subEvent": ("includes", "part of"),
        s + "nationality": ("national of", "state of"),
        org + "subOrganizationOf": ("part of", "has part"),
        org + "hasSubOrganization": ("has part", "part of"),
        org + "memberOf": ("member of", "has member"),
        org + "headOf": ("head of", "headed by"),
        prov + "wasDerivedFrom": ("stated in", "states"),
        prov + "wasInfluencedBy": ("follows", "followed by"),
        prov + "actedOnBehalfOf": ("acted on behalf of", "represented by"),
        prov + "wasAttributedTo": ("attributed to", "author of"),
        cq + "heldBy": ("held by", "holds"),
        "http://xmlns.com/foaf/0.1/knows": ("knows", "known by"),
    ]
}
