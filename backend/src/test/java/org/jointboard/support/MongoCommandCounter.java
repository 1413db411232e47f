package org.jointboard.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Records every command the MongoDB driver sends, to prove a request's command count does not grow with its rows. */
public class MongoCommandCounter implements CommandListener {

    private final List<String> commands = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        var target = event.getCommand().get(event.getCommandName());
        commands.add(event.getCommandName() + " " + (target != null && target.isString() ? target.asString().getValue() : String.valueOf(target)));
    }

    public void reset() {
        commands.clear();
    }

    /** Commands of this name since the last reset, e.g. {@code find} or {@code aggregate}. */
    public List<String> named(String commandName) {
        return commands.stream().filter(c -> c.startsWith(commandName + " ")).toList();
    }

    public List<String> all() {
        return List.copyOf(commands);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        MongoCommandCounter mongoCommandCounter() {
            return new MongoCommandCounter();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countCommands(MongoCommandCounter counter) {
            return settings -> settings.addCommandListener(counter);
        }
    }
}
