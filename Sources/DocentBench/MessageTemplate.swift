/// One kind of realistic catalog message, in English and French, with the features defects need.
struct MessageTemplate: Sendable {
    /// The message area, used in unit ids (`gen.<area>.<n>`).
    var area: String
    /// The English source; `%o` is replaced by an object phrase, `%n` by a number.
    var english: String
    /// The French target, with the same markers.
    var french: String

    /// Whether the message has a simple placeholder (`{name}`, `{email}`, `{team}`).
    var hasSimplePlaceholder: Bool { english.contains("{name}") || english.contains("{email}") || english.contains("{team}") }
    /// Whether the message has an ICU plural.
    var hasPlural: Bool { english.contains(", plural,") }
    /// Whether the message has a literal number.
    var hasNumber: Bool { english.contains("%n") }
    /// Whether the message names a product.
    var hasProductName: Bool { english.contains("Sales Hub") }
    /// Whether the message ends with a period.
    var endsWithPeriod: Bool { english.hasSuffix(".") }
    /// Whether the message is a question (French puts a narrow no-break space before `?`).
    var isQuestion: Bool { english.hasSuffix("?") }

    /// Whether a defect of `kind` can be planted in this message.
    func supports(_ kind: PlantedDefect) -> Bool {
        switch kind {
        case .droppedPlaceholder: hasSimplePlaceholder
        case .missingPluralCategory: hasPlural
        case .untranslated, .doubleSpace, .repeatedWord: true
        case .endPunctuation: endsWithPeriod
        case .numberChanged: hasNumber
        case .productName: hasProductName
        case .frenchSpacing: isQuestion
        }
    }

    /// The narrow no-break space French sets before `?`.
    static let narrowSpace = "\u{202F}"

    /// The messages the generator draws from (written for the benchmark, not taken from any article).
    static let all: [MessageTemplate] = [
        MessageTemplate(
            area: "seat", english: "{name} now holds a Sales Hub seat.",
            french: "{name} dispose désormais d’une licence Sales Hub."),
        MessageTemplate(
            area: "remove",
            english: "Remove {count, plural, one {# seat} other {# seats}} from the {team} team.",
            french: "Retirer {count, plural, one {# licence} many {# de licences} other {# licences}} de l’équipe {team}."),
        MessageTemplate(
            area: "effective", english: "The change to the %o takes effect on {date, date}.",
            french: "La modification des %o prend effet le {date, date}."),
        MessageTemplate(
            area: "owner", english: "Only a Super Admin can change the %o.",
            french: "Seul un super administrateur peut modifier les %o."),
        MessageTemplate(
            area: "invite", english: "Send an invitation to {email}?",
            french: "Envoyer une invitation à {email}\u{202F}?"),
        MessageTemplate(
            area: "price", english: "Each seat costs {price, currency, currency} per month.",
            french: "Chaque licence coûte {price, currency, currency} par mois."),
        MessageTemplate(
            area: "left",
            english: "{name} has {count, plural, one {# unassigned seat} other {# unassigned seats}} left.",
            french: "Il reste à {name} {count, plural, one {# licence non attribuée} many {# de licences non attribuées} other {# licences non attribuées}}."),
        MessageTemplate(
            area: "review", english: "Review the %o within %n days.",
            french: "Vérifiez les %o sous %n jours."),
        MessageTemplate(
            area: "help", english: "Read the guide at https://knowledge.example.com/%n before you change the %o.",
            french: "Lisez le guide sur https://knowledge.example.com/%n avant de modifier les %o."),
        MessageTemplate(
            area: "keep", english: "Do you want to keep the %o of {name}?",
            french: "Voulez-vous conserver les %o de {name}\u{202F}?"),
        MessageTemplate(
            area: "sales", english: "Buy %n more Sales Hub seats for the {team} team.",
            french: "Achetez %n licences Sales Hub de plus pour l’équipe {team}."),
    ]

    /// Object phrases, English and French (plural in French, after `les`/`des`).
    static let objects: [(String, String)] = [
        ("billing details", "informations de facturation"),
        ("seat assignments", "attributions de licences"),
        ("user permissions", "autorisations des utilisateurs"),
        ("renewal settings", "paramètres de renouvellement"),
        ("payment methods", "moyens de paiement"),
        ("team members", "membres de l’équipe"),
        ("invoice contacts", "contacts de facturation"),
        ("security settings", "paramètres de sécurité"),
    ]
}
