extension Routing {
    /// The same document as encoding with `JSONEncoder` (sorted keys), written directly:
    /// `coach ask --batch` prints thousands of these.
    public func jsonText() -> String {
        String(decoding: jsonBytes(), as: UTF8.self)
    }

    /// The same document as UTF-8 bytes, ready to write.
    public func jsonBytes() -> [UInt8] {
        var json = JSONWriter()
        json.object { json in
            json.key("archetype")
            json.object { json in
                json.key("close"); json.bool(archetype.close)
                json.key("confidence"); json.number(archetype.confidence)
                json.key("id"); json.string(archetype.id.rawValue)
                json.key("runner_up")
                json.object { json in
                    json.key("confidence"); json.number(archetype.runnerUp.confidence)
                    json.key("id"); json.string(archetype.runnerUp.id.rawValue)
                }
            }
            json.key("bridges")
            json.array(bridges) { json, bridge in
                json.object { json in
                    json.key("id"); json.string(bridge.id)
                    json.key("links")
                    json.array(bridge.links) { json, link in
                        json.object { json in
                            json.key("how"); json.string(link.how)
                            json.key("topic"); json.string(link.topic)
                        }
                    }
                    json.key("name"); json.string(bridge.name)
                }
            }
            json.key("framework")
            json.array(framework) { json, step in
                json.object { json in
                    json.key("name"); json.string(step.name)
                    json.key("prompt"); json.string(step.prompt)
                    json.key("step"); json.string(step.step)
                }
            }
            json.key("notes"); json.strings(notes)
            json.key("pitfalls")
            json.array(pitfalls) { json, pitfall in
                json.object { json in
                    json.key("advice"); json.string(pitfall.advice)
                    json.key("id"); json.string(pitfall.id)
                    json.key("name"); json.string(pitfall.name)
                }
            }
            json.key("question"); json.string(question)
            json.key("subject"); json.string(subject)
            json.key("topics")
            json.array(topics) { json, topic in
                json.object { json in
                    json.key("because"); json.strings(topic.because)
                    json.key("number"); json.string(topic.number)
                    json.key("score"); json.number(topic.score)
                    json.key("slug"); json.string(topic.slug)
                    json.key("title"); json.string(topic.title)
                }
            }
        }
        return json.bytes
    }
}
