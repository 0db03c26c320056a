// Texts for the policy and personal-data codes.

extension AdviceTexts {
    static let policyGerman: [FindingCode: Entry] = [
        .policyTooShort: Entry(
            message: "Das Passwort ist für die verwendeten Zeichenarten zu kurz.",
            advice: "Nehmen Sie mehr Zeichen: etwa 20 bei zwei Zeichenarten oder 12 bei drei (siehe „kennwort policy show“)."),
        .policyTooLong: Entry(message: "Das Passwort ist länger als erlaubt.", advice: "Kürzen Sie das Passwort."),
        .policyPwqualityMinLength: Entry(
            message: "Das Passwort ist kürzer als die Richtlinie verlangt.", advice: "Verlängern Sie das Passwort."),
        .policyMinDigits: Entry(message: "Das Passwort enthält zu wenige Ziffern.", advice: "Die Richtlinie verlangt mehr Ziffern."),
        .policyMinUppers: Entry(message: "Das Passwort enthält zu wenige Großbuchstaben.", advice: "Die Richtlinie verlangt mehr Großbuchstaben."),
        .policyMinLowers: Entry(message: "Das Passwort enthält zu wenige Kleinbuchstaben.", advice: "Die Richtlinie verlangt mehr Kleinbuchstaben."),
        .policyMinOthers: Entry(message: "Das Passwort enthält zu wenige Sonderzeichen.", advice: "Die Richtlinie verlangt mehr Sonderzeichen."),
        .policyMinClasses: Entry(
            message: "Das Passwort enthält zu wenige Zeichenarten.",
            advice: "Mischen Sie Klein- und Großbuchstaben, Ziffern und Sonderzeichen, wie die Richtlinie verlangt."),
        .policyMaxClassRepeat: Entry(
            message: "Zu viele Zeichen derselben Art stehen hintereinander.", advice: "Wechseln Sie öfter die Zeichenart."),
        .policyMaxRepeat: Entry(message: "Zu viele gleiche Zeichen stehen hintereinander.", advice: "Vermeiden Sie Wiederholungen wie „aaa“."),
        .policyMaxSequence: Entry(message: "Das Passwort enthält eine zu lange Zeichenfolge.", advice: "Vermeiden Sie Folgen wie „abcd“ oder „4321“."),
        .policyPalindrome: Entry(message: "Das Passwort ist ein Palindrom.", advice: "Vorwärts wie rückwärts gleiche Passwörter sind leicht zu erraten."),
        .policySameAsOld: Entry(message: "Das neue Passwort ist das alte.", advice: "Wählen Sie ein neues Passwort."),
        .policyCaseChangesOnly: Entry(
            message: "Das neue Passwort unterscheidet sich nur in der Groß- und Kleinschreibung vom alten.",
            advice: "Wählen Sie ein wirklich neues Passwort."),
        .policyTooSimilar: Entry(message: "Das neue Passwort ist dem alten zu ähnlich.", advice: "Wählen Sie ein wirklich neues Passwort."),
        .policyRotated: Entry(message: "Das neue Passwort ist das alte, nur verschoben.", advice: "Wählen Sie ein wirklich neues Passwort."),
        .policyReversedOld: Entry(message: "Das neue Passwort ist das alte rückwärts.", advice: "Wählen Sie ein wirklich neues Passwort."),
        .policyOnlyDigitsChanged: Entry(
            message: "Das neue Passwort unterscheidet sich nur in den Ziffern vom alten (etwa „Sommer2023“ → „Sommer2024“).",
            advice: "Angreifer probieren solche Nachfolger zuerst. Wählen Sie ein wirklich neues Passwort."),
        .policyUserName: Entry(message: "Das Passwort enthält den Benutzernamen.", advice: "Verwenden Sie Ihren Benutzernamen nicht im Passwort."),
        .policyGecos: Entry(
            message: "Das Passwort enthält Wörter aus Ihrem Konto (Name, Raum, Telefon).", advice: "Verwenden Sie keine Angaben aus Ihrem Konto."),
        .policyBadWord: Entry(message: "Das Passwort enthält ein gesperrtes Wort.", advice: "Ihr Administrator hat dieses Wort gesperrt; wählen Sie ein anderes."),
        .policyBlocklist: Entry(
            message: "Das Passwort steht auf der Sperrliste häufiger Passwörter und Wörter.", advice: "Wählen Sie ein völlig anderes Passwort."),
        .policyRepetitive: Entry(
            message: "Das Passwort besteht nur aus Wiederholungen, Folgen oder einem Tastaturmuster.",
            advice: "Wählen Sie eine Passphrase aus mehreren Wörtern."),
        .personalUser: Entry(message: "Das Passwort enthält Ihren Benutzernamen.", advice: "Lassen Sie den Benutzernamen weg."),
        .personalName: Entry(message: "Das Passwort enthält Ihren Namen.", advice: "Lassen Sie Vor- und Nachnamen weg."),
        .personalBirthdate: Entry(message: "Das Passwort enthält Ihr Geburtsdatum.", advice: "Lassen Sie Geburtsdaten und Geburtsjahre weg."),
        .personalEmail: Entry(message: "Das Passwort enthält Ihre E-Mail-Adresse oder einen Teil davon.", advice: "Lassen Sie Ihre E-Mail-Adresse weg."),
        .personalPhone: Entry(message: "Das Passwort enthält Ziffern Ihrer Telefonnummer.", advice: "Lassen Sie Telefonnummern weg."),
        .personalStreet: Entry(message: "Das Passwort enthält Ihre Straße oder Hausnummer.", advice: "Lassen Sie Ihre Anschrift weg."),
        .personalPostcode: Entry(message: "Das Passwort enthält Ihre Postleitzahl.", advice: "Lassen Sie Ihre Anschrift weg."),
        .personalCity: Entry(message: "Das Passwort enthält Ihren Wohnort.", advice: "Lassen Sie Ihren Wohnort weg."),
        .batchNoSeparator: Entry(message: "Der Zeile fehlt der Doppelpunkt zwischen Benutzer und Passwort.", advice: "Schreiben Sie „benutzer:passwort“."),
        .batchBadCSV: Entry(message: "Die CSV-Zeile hat die falsche Spaltenzahl oder ein offenes Anführungszeichen.", advice: "Prüfen Sie die Zeile."),
        .breachFound: Entry(
            message: "Das Passwort steht in einer Liste geleakter Passwörter.",
            advice: "Verwenden Sie es nirgends mehr und ändern Sie es überall, wo Sie es benutzt haben."),
        .auditOK: Entry(message: "Argon2-Hash mit ausreichenden Parametern.", advice: "Nichts zu tun."),
        .auditNeedsRehash: Entry(message: "Argon2-Hash mit schwächeren Parametern als vorgegeben.", advice: "Beim nächsten Anmelden neu hashen."),
        .auditLegacyScheme: Entry(message: "Kein Argon2, aber ein noch vertretbares Verfahren (yescrypt, bcrypt, SHA-crypt).", advice: "Beim nächsten Anmelden auf Argon2id umstellen."),
        .auditWeakScheme: Entry(message: "Veraltetes, schwaches Verfahren (MD5-crypt, DES).", advice: "Passwort zurücksetzen und mit Argon2id neu speichern."),
        .auditLocked: Entry(message: "Konto gesperrt oder ohne Passwortanmeldung.", advice: "Nichts zu tun, wenn das so gewollt ist."),
        .auditEmptyPassword: Entry(message: "Konto ohne Passwort: Anmeldung ohne Passwort möglich.", advice: "Sofort sperren oder ein Passwort setzen."),
        .auditMalformed: Entry(message: "Der gespeicherte Hash ist beschädigt oder unbekannt.", advice: "Eintrag prüfen und das Passwort neu setzen."),
    ]

    static let policyEnglish: [FindingCode: Entry] = [
        .policyTooShort: Entry(
            message: "The password is too short for the character classes it uses.",
            advice: "Use more characters: about 20 with two classes, or 12 with three (see \"kennwort policy show\")."),
        .policyTooLong: Entry(message: "The password is longer than allowed.", advice: "Shorten the password."),
        .policyPwqualityMinLength: Entry(message: "The password is shorter than the policy requires.", advice: "Make the password longer."),
        .policyMinDigits: Entry(message: "The password has too few digits.", advice: "The policy requires more digits."),
        .policyMinUppers: Entry(message: "The password has too few uppercase letters.", advice: "The policy requires more uppercase letters."),
        .policyMinLowers: Entry(message: "The password has too few lowercase letters.", advice: "The policy requires more lowercase letters."),
        .policyMinOthers: Entry(message: "The password has too few symbols.", advice: "The policy requires more symbols."),
        .policyMinClasses: Entry(
            message: "The password has too few character classes.",
            advice: "Mix lowercase and uppercase letters, digits and symbols as the policy requires."),
        .policyMaxClassRepeat: Entry(message: "Too many characters of the same class in a row.", advice: "Change the character class more often."),
        .policyMaxRepeat: Entry(message: "Too many identical characters in a row.", advice: "Avoid repeats like \"aaa\"."),
        .policyMaxSequence: Entry(message: "The password contains too long a sequence.", advice: "Avoid runs like \"abcd\" or \"4321\"."),
        .policyPalindrome: Entry(message: "The password is a palindrome.", advice: "Passwords that read the same backwards are easy to guess."),
        .policySameAsOld: Entry(message: "The new password is the old one.", advice: "Choose a new password."),
        .policyCaseChangesOnly: Entry(
            message: "The new password differs from the old one only in letter case.", advice: "Choose a genuinely new password."),
        .policyTooSimilar: Entry(message: "The new password is too similar to the old one.", advice: "Choose a genuinely new password."),
        .policyRotated: Entry(message: "The new password is the old one rotated.", advice: "Choose a genuinely new password."),
        .policyReversedOld: Entry(message: "The new password is the old one reversed.", advice: "Choose a genuinely new password."),
        .policyOnlyDigitsChanged: Entry(
            message: "The new password differs from the old one only in its digits (like \"Summer2023\" → \"Summer2024\").",
            advice: "Attackers try such successors first. Choose a genuinely new password."),
        .policyUserName: Entry(message: "The password contains the user name.", advice: "Keep your user name out of the password."),
        .policyGecos: Entry(
            message: "The password contains words from your account (name, room, phone).", advice: "Keep your account details out of it."),
        .policyBadWord: Entry(message: "The password contains a forbidden word.", advice: "Your administrator has blocked this word; choose another."),
        .policyBlocklist: Entry(
            message: "The password is on the blocklist of common passwords and words.", advice: "Choose an entirely different password."),
        .policyRepetitive: Entry(
            message: "The password is only repeats, a sequence or a keyboard pattern.", advice: "Choose a passphrase of several words."),
        .personalUser: Entry(message: "The password contains your user name.", advice: "Leave out your user name."),
        .personalName: Entry(message: "The password contains your name.", advice: "Leave out first names and surnames."),
        .personalBirthdate: Entry(message: "The password contains your birth date.", advice: "Leave out birth dates and birth years."),
        .personalEmail: Entry(message: "The password contains your e-mail address or part of it.", advice: "Leave out your e-mail address."),
        .personalPhone: Entry(message: "The password contains digits of your phone number.", advice: "Leave out phone numbers."),
        .personalStreet: Entry(message: "The password contains your street or house number.", advice: "Leave out your address."),
        .personalPostcode: Entry(message: "The password contains your postcode.", advice: "Leave out your address."),
        .personalCity: Entry(message: "The password contains your town.", advice: "Leave out your town."),
        .batchNoSeparator: Entry(message: "The line has no colon between user and password.", advice: "Write \"user:password\"."),
        .batchBadCSV: Entry(message: "The CSV row has the wrong number of fields or an open quote.", advice: "Check the row."),
        .breachFound: Entry(
            message: "The password is in a list of breached passwords.",
            advice: "Stop using it, and change it wherever you have used it."),
        .auditOK: Entry(message: "Argon2 hash with sufficient parameters.", advice: "Nothing to do."),
        .auditNeedsRehash: Entry(message: "Argon2 hash weaker than the preset.", advice: "Rehash at the next login."),
        .auditLegacyScheme: Entry(message: "Not Argon2, but still a defensible scheme (yescrypt, bcrypt, SHA-crypt).", advice: "Move to Argon2id at the next login."),
        .auditWeakScheme: Entry(message: "An outdated, weak scheme (MD5-crypt, DES).", advice: "Reset the password and store it with Argon2id."),
        .auditLocked: Entry(message: "Account locked or without password login.", advice: "Nothing to do if intended."),
        .auditEmptyPassword: Entry(message: "Account without a password: login needs no password.", advice: "Lock it or set a password at once."),
        .auditMalformed: Entry(message: "The stored hash is damaged or unknown.", advice: "Check the entry and set the password again."),
    ]
}
