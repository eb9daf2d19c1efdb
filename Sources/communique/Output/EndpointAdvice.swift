import EndpointClient

/// What the user can do about a failed request, in the tool's own options.
extension EndpointError {
    /// The error's message, with the options that log in when the server wants credentials.
    var messageWithAdvice: String {
        let message = localizedDescription
        guard case .unauthorized(_, _, let user) = self else { return message }
        return message + (user == nil
            ? "; log in with --user NAME and the password in --password-file FILE, COMMUNIQUE_PASSWORD or ~/.netrc"
            : "; check the password, and that the user may write (Virtuoso: GRANT SPARQL_UPDATE TO \"\(user!)\")")
    }
}
