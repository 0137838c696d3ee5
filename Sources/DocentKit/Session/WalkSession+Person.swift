import DocentLocalization
import DocentModel
import DocentWorkflow

extension WalkSession {
    /// The most instructions shown together.
    static let groupLimit = 6

    /// Shows the instructions that follow one another with nothing in between (no effect, no
    /// decided question, no answer given ahead) together, and acknowledges them with one answer.
    /// Going back from a group lands at the start of the group before it.
    func acknowledgeGroup(_ first: Screen, in walk: Walk<Situation>, console: inout some WalkConsole) throws(SessionError) -> Walk<Situation> {
        var screens = [first]
        var last = walk
        while screens.count < Self.groupLimit, let next = try? last.answering("ok"), let prompt = next.prompt,
            case .acknowledge = prompt.kind, given[prompt.step] == nil, Self.quiet(next, after: last)
        {
            screens.append(screen(for: prompt, in: next))
            last = next
        }
        console.show(.instructions(screens))
        while true {
            switch try turn(at: first, in: walk, console: &console) {
            case .wentBack(let previous):
                return previous
            case .stayed:
                continue
            case .read:
                let next: Walk<Situation>
                do {
                    next = try last.answering("ok")
                } catch {
                    throw internalError(error)
                }
                if try confirmed(next, after: last, console: &console) {
                    // Every instruction of the group is answered; the journal sees the group as one move.
                    return next
                }
                console.show(.instructions(screens))
            }
        }
    }

    /// The walk at the first instruction of the group `walk`'s instruction belongs to, so going
    /// back lands where the group the person saw began.
    func groupStart(_ walk: Walk<Situation>) throws(WorkflowError) -> Walk<Situation> {
        var current = walk
        var grouped = 1
        while grouped < Self.groupLimit, case .acknowledge? = current.prompt?.kind, let before = try current.back(),
            let prompt = before.prompt, case .acknowledge = prompt.kind, given[prompt.step] == nil, Self.quiet(current, after: before)
        {
            current = before
            grouped += 1
        }
        return current
    }

    /// Whether answering `before`'s instruction led to `after` with nothing else happening.
    static func quiet(_ after: Walk<Situation>, after before: Walk<Situation>) -> Bool {
        after.transcript.dropFirst(before.transcript.count).allSatisfy { $0.effect == nil && $0.decided == nil }
            && after.ending == nil
    }

    /// Asks the person before an answer changes the account; true when nothing changes.
    func confirmed(_ next: Walk<Situation>, after walk: Walk<Situation>, console: inout some WalkConsole) throws(SessionError) -> Bool {
        let changes = self.changes(from: walk, to: next)
        guard !changes.isEmpty else { return true }
        guard let answer = console.confirm(changes) else { throw SessionError(.interrupted, "") }
        return answer
    }

    /// What going from `walk` to `next` changes in the account, one sentence each.
    func changes(from walk: Walk<Situation>, to next: Walk<Situation>) -> [FormattedMessage] {
        guard walk.state.account != next.state.account else { return [] }
        return ChangeSentence.between(walk.state.account, next.state.account).map { sentence in
            (try? narrator.message(sentence.id, sentence.arguments)) ?? FormattedMessage(segments: [.text(sentence.id)])
        }
    }

    /// The estimated number of questions in the walk: those answered, and those ahead.
    func total(_ walk: Walk<Situation>) -> Int {
        max(walk.answers.count + PathEstimate.remainingPrompts(walk), walk.answers.count + 1)
    }
}
