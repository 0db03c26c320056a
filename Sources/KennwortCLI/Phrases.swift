import Kennwort

/// The CLI's own words, in German and English. Finding texts live in `AdviceCatalog`.
enum Phrases {
    static func prompt(_ language: Language) -> String {
        language == .de ? "Passwort: " : "Password: "
    }

    static func oldPrompt(_ language: Language) -> String {
        language == .de ? "Altes Passwort: " : "Old password: "
    }

    static func anotherPrompt(_ language: Language) -> String {
        language == .de ? "Noch ein Passwort (Enter beendet): " : "Another password (Enter to finish): "
    }

    static func repeatPrompt(_ language: Language) -> String {
        language == .de ? "Passwort wiederholen: " : "Repeat password: "
    }

    static func verifyResult(matches: Bool, _ language: Language) -> String {
        switch (matches, language) {
        case (true, .de): "Das Passwort passt zum Hash."
        case (true, .en): "The password matches the hash."
        case (false, .de): "Das Passwort passt nicht zum Hash."
        case (false, .en): "The password does not match the hash."
        }
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
        case (.dataInvalid, .de): "Fehler: Datei ist beschädigt"
        case (.dataInvalid, _): "error: file is damaged"
        case (.dataWriteFailed, .de): "Fehler: Datei kann nicht geschrieben werden"
        case (.dataWriteFailed, _): "error: cannot write file"
        case (.inputUnreadable, .de): "Fehler: Eingabe nicht lesbar"
        case (.inputUnreadable, _): "error: cannot read input"
        case (.inputMalformed, .de): "Fehler: Eingabe hat das falsche Format"
        case (.inputMalformed, _): "error: malformed input"
        case (.configInvalid, .de): "Fehler: ungültige Richtlinie"
        case (.configInvalid, _): "error: invalid policy"
        case (.passwordUnusable, .de): "Fehler: Passwort nicht verwendbar"
        case (.passwordUnusable, _): "error: unusable password"
        case (.hashOverLimit, .de): "Fehler: Hash verlangt mehr als erlaubt"
        case (.hashOverLimit, _): "error: hash exceeds the limits"
        case (let code, .de) where code.rawValue.hasPrefix("hash."): "Fehler: ungültiger Hash"
        case (let code, _) where code.rawValue.hasPrefix("hash."): "error: malformed hash"
        case (_, .de): "Fehler"
        case (_, _): "error"
        }
    }
}
