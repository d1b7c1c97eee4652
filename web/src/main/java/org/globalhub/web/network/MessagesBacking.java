package org.globalhub.web.network;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.globalhub.network.boundary.MessageService;
import org.globalhub.network.boundary.MessageService.Conversation;
import org.globalhub.network.boundary.MessageService.Line;
import org.globalhub.platform.BusinessException;
import org.globalhub.web.shell.Messages;

/**
 * Direct messages ({@code /network/messages.xhtml?with=accountId}): conversations, one thread,
 * write, block, report.
 */
@Named
@ViewScoped
public class MessagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB MessageService messages;

    private Long with;
    private String body;

    public List<Conversation> getConversations() {
        return messages.conversations();
    }

    public List<Line> getThread() {
        try {
            return with == null ? List.of() : messages.thread(with);
        } catch (BusinessException e) {
            return List.of();
        }
    }

    public boolean isMayWrite() {
        try {
            return with != null && messages.mayWrite(with);
        } catch (BusinessException e) {
            return false;
        }
    }

    public boolean isBlocked() {
        try {
            return with != null && messages.hasBlocked(with);
        } catch (BusinessException e) {
            return false;
        }
    }

    public String getWithName() {
        return getConversations().stream()
                .filter(c -> with != null && c.accountId() == with)
                .map(Conversation::name)
                .findFirst()
                .orElse("");
    }

    public String send() {
        return Messages.attempt(
                () -> messages.send(with == null ? -1 : with, body), "message.sent", self());
    }

    public String block() {
        return Messages.attempt(
                () -> messages.block(with == null ? -1 : with), "message.blocked", self());
    }

    public String unblock() {
        return Messages.attempt(
                () -> messages.unblock(with == null ? -1 : with), "message.unblocked", self());
    }

    public String report(long messageId) {
        return Messages.attempt(() -> messages.report(messageId), "message.reportedDone", self());
    }

    private String self() {
        return "/network/messages?faces-redirect=true&with=" + with;
    }

    public Long getWith() {
        return with;
    }

    public void setWith(Long with) {
        this.with = with;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
