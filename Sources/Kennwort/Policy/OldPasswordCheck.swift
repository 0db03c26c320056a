/// Kennwort's checks of a new password against the old one, beyond libpwquality's.
///
/// libpwquality's `difok` distance, case-only changes and rotations run in
/// ``PwqualityRules``; here: the old password reversed, and the classic
/// "same but one number changed" (`Sommer2023` → `Sommer2024`).
enum OldPasswordCheck {
    /// The finding for a new password too close to the old one, or `nil`.
    ///
    /// - Parameters:
    ///   - new: The new password.
    ///   - old: The old password.
    /// - Returns: The finding code, if any.
    static func check(new: String, old: String) -> FindingCode? {
        let newLower = new.lowercased(), oldLower = old.lowercased()
        if old.isEmpty { return nil }
        if newLower == String(oldLower.reversed()) { return .policyReversedOld }
        let newLetters = newLower.filter { !$0.isNumber }, oldLetters = oldLower.filter { !$0.isNumber }
        if newLetters == oldLetters && newLetters.count >= 3 && newLower != oldLower { return .policyOnlyDigitsChanged }
        return nil
    }
}
