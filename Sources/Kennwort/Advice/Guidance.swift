/// The guidance on passwords and sign-in that `kennwort advice` prints.
public enum Guidance {
    /// The whole guidance in one language.
    public static func text(_ language: Language) -> String {
        language == .de ? german : english
    }

    static let german = """
        Sicher anmelden – was wirklich zählt

        1. Länge schlägt Komplexität.
           Ein langes Passwort ist schwerer zu knacken als ein kurzes mit vielen Sonderzeichen. \
        Am einfachsten ist eine Passphrase aus vier, fünf zufälligen Wörtern, etwa \
        „Tinte-Wolke-sieben-Garten-leise“. Wer lieber kurze Passwörter nimmt, braucht mindestens \
        zwölf Zeichen aus allen Zeichenarten. „kennwort generate“ erzeugt Ihnen eine Passphrase.

        2. Keine persönlichen Daten.
           Namen, Geburtstage, Anschrift, Telefonnummer, Benutzername, Haustier oder Lieblingsverein \
        sind für Angreifer die ersten Versuche. Auch „Sommer2024“ oder „Passwort1“ werden sofort erraten.

        3. Ein Passwort pro Dienst.
           Wird ein Dienst gehackt, probieren Angreifer die erbeuteten Zugangsdaten überall aus. \
        Jedes Konto braucht deshalb sein eigenes Passwort.

        4. Nutzen Sie einen Passwort-Manager.
           Er merkt sich alle Passwörter für Sie und erzeugt gute neue. Sie brauchen sich nur noch \
        ein einziges, starkes Master-Passwort zu merken.

        5. Schalten Sie die Zwei-Faktor-Authentisierung ein.
           Ein zweiter Faktor – eine App, ein Sicherheitsschlüssel oder eine SMS – schützt Ihr Konto \
        auch dann, wenn das Passwort bekannt geworden ist.

        6. Ändern Sie Passwörter nur bei Verdacht.
           Regelmäßige Pflichtwechsel führen zu schwächeren Passwörtern wie „Sommer2024“ → „Herbst2024“. \
        Ändern Sie Ihr Passwort sofort, wenn es in einem Datenleck auftaucht oder Sie einen Missbrauch vermuten.

        7. Geben Sie Passwörter nie weiter.
           Niemand – auch nicht der IT-Support – fragt Sie nach Ihrem Passwort. Schicken Sie Passwörter \
        nie per E-Mail, Chat oder SMS und schreiben Sie sie nicht auf Zettel am Bildschirm.
        """

    static let english = """
        Signing in safely – what really matters

        1. Length beats complexity.
           A long password is harder to crack than a short one full of symbols. The easiest is a \
        passphrase of four or five random words, such as "ink-cloud-seven-garden-quiet". If you prefer \
        short passwords, use at least twelve characters of all kinds. "kennwort generate" makes a \
        passphrase for you.

        2. No personal data.
           Names, birthdays, addresses, phone numbers, user names, pets or favourite clubs are what \
        attackers try first. "Summer2024" or "Password1" fall at once, too.

        3. One password per service.
           When a service is breached, attackers try the stolen credentials everywhere. Every account \
        needs its own password.

        4. Use a password manager.
           It remembers all your passwords and makes good new ones. You only need to remember one \
        strong master password.

        5. Turn on two-factor authentication.
           A second factor – an app, a security key or a text message – protects your account even \
        when the password has leaked.

        6. Change passwords only on suspicion.
           Forced regular changes lead to weaker passwords like "Summer2024" → "Autumn2024". Change \
        your password at once when it shows up in a breach or you suspect misuse.

        7. Never share passwords.
           Nobody – not even IT support – will ask for your password. Never send passwords by e-mail, \
        chat or text message, and do not stick them on notes by the screen.
        """
}
