"""The Messages tab (the inbox: threads, bubbles, a message's timeline, resend, linking an
unknown number) and the crisis alert and banner. The message *templates* are in
frontdesk/services/wording/.
"""
