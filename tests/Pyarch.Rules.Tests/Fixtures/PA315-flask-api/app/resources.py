from flask_restful import Resource


class Orders(Resource):
    def get(self):
        return []
