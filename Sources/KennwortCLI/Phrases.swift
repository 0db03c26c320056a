import Kennwort

/// The CLI's own words, in German and English. Finding texts live in `AdviceCatalog`.
enum Phrases {
    static func prompt(_ language: Language) -> String {
        language == .de ? "Passwort: " : "Password: "
    }

    static func verdict(accepted: Bool, _ language: Language) -> String {
        switch (accepted, language) {
        case (true, .de): "Akzeptiert: Die Prüfungen haben nichts gegen dieses Passwort gefunden."
        case (true, .en): "Accepted: the checks found nothing against this password."
        case (false, .de): "Abgelehnt: Dieses Passwort sollten Sie nicht verwenden."
        case (false, .en): "Rejected: do not use this password."
        }
    }

    static func adviceLabel(_ language: Language) -> String {
        language == .de ? "Tipp" : "Advice"
    }

    static func errorHeadline(_ code: KennwortError.Code, _ language: Language) -> String {
        switch (code, language) {
        case (.dataMissing, .de): "Fehler: Datei fehlt oder ist nicht lesbar"
        case (.dataMissing, _): "error: file missing or unreadable"
        case (.dataCorrupt, .de): "Fehler: Datei ist beschädigt"
        case (.dataCorrupt, _): "error: file is damaged"
        case (.dataWriteFailed, .de): "Fehler: Datei kann nicht geschrieben werden"
        case (.dataWriteFailed, _): "error: cannot write file"
        case (.inputUnreadable, .de): "Fehler: Eingabe nicht lesbar"
        case (.inputUnreadable, _): "error: cannot read input"
        case (.inputMalformed, .de): "Fehler: Eingabe hat das falsche Format"
        case (.inputMalformed, _): "error: malformed input"
        case (_, .de): "Fehler"
        case (_, _): "error"
        }
    }
}
